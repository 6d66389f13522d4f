package org.cungaiju.reform.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.report.Texts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --lang zh-CN|en} option of the subcommands that write reports and messages for
 * people ({@code @Mixin LanguageOption lang;}), and the texts it gives.
 *
 * <p>Without the option, the language follows the default locale: English for an English
 * locale, Chinese for any other, since the policy itself is written in Chinese.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class LanguageOption {

  private static final String MESSAGES = "org.cungaiju.reform.cli.messages";

  @Option(names = "--lang", paramLabel = "LANG", converter = Converter.class,
      description = "The language of the report and messages: zh-CN or en (default: English "
          + "for an English locale, otherwise Chinese).")
  Language language;

  /** The language asked for, or the default locale's. */
  public Language language() {
    return language != null ? language : Language.of(Locale.getDefault());
  }

  /** The command line's own messages in the language. */
  public Texts messages() {
    return messages(language());
  }

  /** The command line's own messages in {@code language}. */
  static Texts messages(Language language) {
    return Texts.of(language, ResourceBundle.getBundle(MESSAGES, language.bundleLocale()));
  }

  /** The report's texts in the language. */
  public Texts report() {
    return Texts.report(language());
  }

  /** Reads {@code zh-CN}, {@code zh} or {@code en}. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.parse(value);
    }
  }
}
