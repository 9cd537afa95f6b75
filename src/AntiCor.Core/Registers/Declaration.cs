using System.Net.Mail;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Registers;

/// <summary>
/// A declarant in one yearly campaign (measure 7.7): the annual declaration for <see cref="Year"/>
/// is due on 1 April of the next year; a leaver's, <see cref="LeaverDays"/> days after the
/// dismissal. A deadline on a weekend or public holiday moves to the next working day
/// (docs/decisions/ADR-013). The entry is marked filed with a link to the declaration in the
/// public register, and the date the department told NACP of a late or missing filing is kept.
/// </summary>
public sealed class Declaration : ITenantOwned, IVersioned, IPersonalRecord
{
    public const int LeaverDays = 30;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private Declaration() { }

    public Declaration(Guid organizationId, Guid orgUnitId, int year)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
        Year = year;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }

    /// <summary>The year the declaration is for (the campaign runs the year after).</summary>
    public int Year { get; private set; }
    public string? PersonName { get; private set; }

    /// <summary>Where the reminders go; lower-cased, unique per campaign.</summary>
    public string? Email { get; private set; }
    public string Position { get; private set; } = "";
    public DateOnly? DismissedOn { get; private set; }

    /// <summary>The last day for filing, counted when the entry is recorded.</summary>
    public DateOnly DueOn { get; private set; }
    public DateOnly? FiledOn { get; private set; }

    /// <summary>The entry in the public register of declarations (https).</summary>
    public string? RegisterUrl { get; private set; }
    public DateOnly? NacpNotifiedOn { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }

    public DateOnly RecordedOn => DueOn;

    public bool IsLeaver => DismissedOn is not null;

    public void Edit(Guid orgUnitId, int year, string personName, string email, string position, DateOnly? dismissedOn,
        DateOnly? filedOn, string? registerUrl, DateOnly? nacpNotifiedOn, DaysOff daysOff)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException(RegisterWords.DeclarationYearRange);
        }

        var due = DueDate(year, dismissedOn, daysOff);
        RegisterDates.NotBefore(filedOn, dismissedOn ?? new DateOnly(year + 1, 1, 1), dismissedOn is null ? RegisterWords.FiledBeforeCampaign : RegisterWords.FiledBeforeDismissal);
        RegisterDates.NotBefore(nacpNotifiedOn, due, RegisterWords.NacpNotifiedBeforeDue);
        var url = RegisterDates.Clean(registerUrl);
        if (url is not null && !IsHttps(url))
        {
            throw new DomainException(RegisterWords.DeclarationUrlNotHttps);
        }

        if (filedOn is not null && url is null)
        {
            throw new DomainException(RegisterWords.FiledWithoutUrl);
        }

        if (filedOn is null && url is not null)
        {
            throw new DomainException(RegisterWords.UrlWithoutFiledOn);
        }

        var address = Guard.NotBlank(email, "Електронна пошта").ToLowerInvariant();
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            throw new DomainException(RegisterWords.DeclarantEmailInvalid);
        }

        OrgUnitId = orgUnitId;
        Year = year;
        PersonName = Guard.NotBlank(personName, "Декларант");
        Email = address;
        Position = Guard.NotBlank(position, "Посада");
        DismissedOn = dismissedOn;
        DueOn = due;
        FiledOn = filedOn;
        RegisterUrl = url;
        NacpNotifiedOn = nacpNotifiedOn;
    }

    /// <summary>
    /// 1 April of the year after <paramref name="year"/>, or <see cref="LeaverDays"/> days after a
    /// dismissal; a day off moves it to the next working day.
    /// </summary>
    public static DateOnly DueDate(int year, DateOnly? dismissedOn, DaysOff daysOff) =>
        daysOff.OnOrAfter(dismissedOn is { } dismissed ? dismissed.AddDays(LeaverDays) : new DateOnly(year + 1, 4, 1));

    /// <summary>Filed after its due day, or still not filed once the due day has passed.</summary>
    public bool IsLate(DateOnly today) => FiledOn is { } filed ? filed > DueOn : today > DueOn;

    public static bool IsHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    public void ErasePersonalData(DateTime atUtc)
    {
        PersonName = null;
        Email = null;
        ErasedAtUtc = atUtc;
    }
}
