package org.cungaiju.reform.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * The languages reports and messages are written in: simplified Chinese, the policy's own
 * language, and English.
 *
 * <p>Each language's texts come from a resource bundle: the base bundle is English, the
 * {@code _zh} bundle Chinese, and both hold every key.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum Language {
  /** Simplified Chinese (简体中文), {@code zh-CN}. */
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  /** English, {@code en}. */
  EN("en", Locale.ROOT);

  private final String tag;
  private final Locale bundleLocale;

  Language(String tag, Locale bundleLocale) {
    this.tag = tag;
    this.bundleLocale = bundleLocale;
  }

  /** The BCP 47 tag, such as {@code zh-CN}. */
  public String tag() {
    return tag;
  }

  /**
   * The locale to load this language's resource bundle with: {@link Locale#ROOT} for English,
   * so that the base bundle is taken without falling back to the default locale.
   */
  public Locale bundleLocale() {
    return bundleLocale;
  }

  /**
   * The language of a tag: {@code zh-CN}, {@code zh} or {@code en} (case and {@code _} for
   * {@code -} do not matter).
   *
   * @throws InvalidInputException naming the tags accepted
   */
  public static Language parse(String tag) {
    String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    if (t.equals("zh") || t.equals("zh-cn") || t.equals("zh-hans") || t.equals("zh-hans-cn")) {
      return ZH_CN;
    }
    if (t.equals("en") || t.startsWith("en-")) {
      return EN;
    }
    throw InvalidInputException.of("lang", tag, "is not a language reports are written in",
        Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(" or ")));
  }

  /** The language for {@code locale}: English for English, otherwise Chinese. */
  public static Language of(Locale locale) {
    return locale.getLanguage().equals("en") ? EN : ZH_CN;
  }
}
