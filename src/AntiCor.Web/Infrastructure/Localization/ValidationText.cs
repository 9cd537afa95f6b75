using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Infrastructure.Localization;

/// <summary>
/// Validation's words in the reader's language. Model binding asks for the properties here; the
/// data annotations of every form are looked up by their Ukrainian message (the ASP.NET Core
/// data-annotations convention: the attribute's text is the key), so a message with no English
/// entry still reads in Ukrainian rather than as a key.
/// </summary>
public static class ValidationText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(ValidationText));

    /// <summary>The localizer <c>AddDataAnnotationsLocalization</c> gives every model.</summary>
    public static IStringLocalizer Annotations => L;

    public static string Required => L[nameof(Required)];
    public static string MissingValue => L[nameof(MissingValue)];
    public static string EmptyRequest => L[nameof(EmptyRequest)];
    public static string Invalid => L[nameof(Invalid)];
    public static string NotNumber => L[nameof(NotNumber)];

    public static string InvalidValue(string? value) => L[nameof(InvalidValue), value ?? ""];
}
