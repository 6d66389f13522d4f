/** The 新会区 (440705) county policy plugin, an example of how a county team writes one. */
module org.cungaiju.examples.xinhui {
  requires org.cungaiju.reform.spi;

  exports org.cungaiju.examples.xinhui;

  provides org.cungaiju.reform.spi.CountyPolicyProvider
      with org.cungaiju.examples.xinhui.XinhuiPolicy;
}
