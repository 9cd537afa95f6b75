using System.Text.RegularExpressions;
using AntiCor.Core.Documents.Export;

namespace AntiCor.Core.Domain;

/// <summary>The organisation's part of public addresses, /o/{slug}/: lower-case Latin letters, digits and dashes.</summary>
public static partial class OrganizationSlug
{
    public const int MaxLength = 60;

    public const string Invalid = "Адреса (slug) має містити від 2 до 60 малих латинських літер, цифр або дефісів і не починатися й не закінчуватися дефісом.";

    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    public static string Validated(string slug)
    {
        var text = slug.Trim();
        return IsValid(text) ? text : throw new DomainException(Invalid);
    }

    /// <summary>A slug made from a Ukrainian name: "Кропивницька міська рада" → "kropyvnytska-miska-rada".</summary>
    public static string From(string name)
    {
        var slug = Transliteration.Slug(name);
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length >= 2 ? slug : "org-" + slug;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])$")]
    private static partial Regex Pattern();
}
