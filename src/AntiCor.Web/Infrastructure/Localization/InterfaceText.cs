using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure.Localization;

/// <summary>
/// The interface's words live in resource files, Resources/{the text class's path}.resx in
/// Ukrainian (the neutral language) and .en.resx in English, read through
/// <see cref="IStringLocalizer"/> in the request's UI culture. Each text class names its words
/// as properties (the key is the property's name), so the compiler still finds a word a page
/// asks for, and a test finds a key that one of the two languages lacks. The same
/// <see cref="LocalizationOptions.ResourcesPath"/> as the app's <c>AddLocalization</c>, so an
/// injected <c>IStringLocalizer</c> reads the same files.
/// </summary>
public static class InterfaceText
{
    public const string ResourcesPath = "Resources";

    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = ResourcesPath }),
        NullLoggerFactory.Instance);

    /// <summary>The localizer of a text class (a static class cannot be a type argument of <c>IStringLocalizer&lt;T&gt;</c>).</summary>
    public static IStringLocalizer For(Type textClass) => Factory.Create(textClass);

    /// <summary>
    /// "5 заходів" / "5 measures": the number and its noun, agreed the way the UI language agrees
    /// it. Ukrainian has three forms (1 захід, 2 заходи, 5 заходів, and 11-14 take the last);
    /// English two. The keys are <c>{key}_One</c>, <c>{key}_Few</c> and <c>{key}_Many</c>.
    /// </summary>
    public static string Count(this IStringLocalizer text, string key, int n) => $"{n} {text[$"{key}_{Form(n)}"]}";

    /// <summary>
    /// A word read in Ukrainian whatever the reader's language: what leaves the interface as data
    /// (a register's export and the values its import reads back, a text put into a report) is
    /// not translated (ADR-014), and a static list built once must not take the first reader's language.
    /// </summary>
    public static T InUkrainian<T>(Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = UiLanguage.Ukrainian;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>A naming function (an enum's word) that names in Ukrainian whatever the reader's language.</summary>
    public static Func<TValue, string> Ukrainian<TValue>(Func<TValue, string> name) => value => InUkrainian(() => name(value));

    /// <summary>Only the agreed noun, for a sentence that places the number itself.</summary>
    public static string Form(int n)
    {
        var abs = Math.Abs(n);
        if (UiLanguage.IsEnglish)
        {
            return abs == 1 ? "One" : "Many";
        }

        return (abs % 100) is >= 11 and <= 14 ? "Many" : (abs % 10) switch
        {
            1 => "One",
            2 or 3 or 4 => "Few",
            _ => "Many",
        };
    }
}
