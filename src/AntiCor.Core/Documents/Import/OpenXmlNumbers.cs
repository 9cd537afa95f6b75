using System.Globalization;
using DocumentFormat.OpenXml;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Numeric attributes of DOCX and XLSX markup read from their text. The SDK's typed getters parse
/// lazily and throw a FormatException on r=" " or w:val="abc"; in an optimised build those getters
/// are inlined into our frames, so BrokenPackage cannot tell the throw from a bug of ours. Parsing
/// here turns a damaged value into the importer's own error, the same in every build.
/// </summary>
internal static class OpenXmlNumbers
{
    /// <summary>The attribute's whole number, or null when it is absent.</summary>
    public static long? Of(OpenXmlSimpleType? attribute)
    {
        if (attribute?.InnerText is not { } text)
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ImportException($"Файл пошкоджено: у його розмітці «{(text.Length <= 20 ? text : text[..20] + "…")}» стоїть там, де має бути число.");
    }

    /// <summary>As <see cref="Of"/>, as an int (values beyond its range are refused as damaged too).</summary>
    public static int? Int(OpenXmlSimpleType? attribute) => Of(attribute) switch
    {
        null => null,
        var n and >= int.MinValue and <= int.MaxValue => (int)n,
        _ => throw new ImportException("Файл пошкоджено: у його розмітці число поза допустимими межами."),
    };

    /// <summary>As <see cref="Of"/>, for attributes that cannot be negative.</summary>
    public static uint? UInt(OpenXmlSimpleType? attribute) => Of(attribute) switch
    {
        null => null,
        var n and >= 0 and <= uint.MaxValue => (uint)n,
        _ => throw new ImportException("Файл пошкоджено: у його розмітці число поза допустимими межами."),
    };
}
