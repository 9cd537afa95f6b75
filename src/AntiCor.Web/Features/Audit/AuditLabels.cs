using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Audit;

/// <summary>
/// Names of the entity types and fields the audit trail records, in the reader's language, so that
/// auditors never read a code identifier. The trail itself keeps the identifiers (they are part of
/// the hashed rows); only the page translates. The words are in the resources under
/// <c>Entity_{type}</c>, <c>Field_{type}_{field}</c> (an action's detail, written in lower case:
/// <c>Detail_{type}_{field}</c>, so that no two keys differ only in case) and <c>Common_{field}</c>;
/// a name missing here falls back to a generic label.
/// </summary>
public static class AuditLabels
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(AuditLabels));

    public static string UnknownEntity => L[nameof(UnknownEntity)];
    public static string UnknownField => L[nameof(UnknownField)];

    private static readonly HashSet<string> Entities = new(StringComparer.Ordinal)
    {
        "Programme", "Direction", "Measure", "MeasureExecutor",
        "OrgUnit", "Organization", "ProgrammeEdition", "ProgrammeWarning",
        "AppUser", "UserUnit", "IdentityRole", "IdentityUserRole",
        "IdentityUserToken", "IdentityUserLogin", "IdentityUserClaim", "IdentityRoleClaim",
    };

    // Entity-specific names first; then names that read the same on every entity.
    private static readonly HashSet<(string Entity, string Field)> Fields =
    [
        ("Programme", "Title"), ("Programme", "PeriodFrom"), ("Programme", "PeriodTo"),
        ("Programme", "CoordinatorUnitId"), ("Programme", "ImportedAtUtc"), ("Programme", "SourceFileName"),
        ("Programme", "LegalBasis.Kind"), ("Programme", "LegalBasis.Number"), ("Programme", "LegalBasis.Date"),
        ("Programme", "LegalBasis.Title"), ("Programme", "LegalBasis.Issuer"), ("Programme", "LegalBasis.SignatoryName"),
        ("Programme", "LegalBasis.SignatoryPosition"), ("Programme", "Parent.Kind"), ("Programme", "Parent.Number"),
        ("Programme", "Parent.Date"), ("Programme", "Parent.Title"), ("Programme", "Parent.Issuer"),
        ("Programme", "Reporting.Frequency"), ("Programme", "Reporting.DueDay"), ("Programme", "Reporting.DueMonth"),
        ("Direction", "Title"), ("Direction", "Number"), ("Direction", "ProgrammeId"),
        ("Measure", "Text"), ("Measure", "Number"), ("Measure", "DirectionId"),
        ("Measure", "NeedsReview"), ("Measure", "SourceLine"), ("Measure", "SourcePage"),
        ("Measure", "Term.Kind"), ("Measure", "Term.From"), ("Measure", "Term.To"),
        ("Measure", "Term.Text"), ("MeasureExecutor", "MeasureId"), ("MeasureExecutor", "OrgUnitId"),
        ("MeasureExecutor", "RawText"), ("MeasureExecutor", "ConsentRequired"), ("OrgUnit", "Name"),
        ("OrgUnit", "Kind"), ("OrgUnit", "NameKey"), ("OrgUnit", "Aliases.Text"),
        ("OrgUnit", "Aliases.Key"), ("Organization", "Name"), ("ProgrammeEdition", "Number"),
        ("ProgrammeEdition", "Summary"), ("ProgrammeEdition", "Snapshot"), ("ProgrammeEdition", "CreatedBy"),
        ("ProgrammeEdition", "CreatedAtUtc"), ("ProgrammeEdition", "Act.Kind"), ("ProgrammeEdition", "Act.Number"),
        ("ProgrammeEdition", "Act.Date"), ("ProgrammeEdition", "Act.Title"), ("ProgrammeWarning", "Code"),
        ("ProgrammeWarning", "Message"), ("ProgrammeWarning", "Line"), ("ProgrammeWarning", "MeasureNumber"),
        ("AppUser", "DisplayName"), ("AppUser", "Email"), ("AppUser", "NormalizedEmail"),
        ("AppUser", "UserName"), ("AppUser", "NormalizedUserName"), ("AppUser", "EmailConfirmed"),
        ("AppUser", "PasswordHash"), ("AppUser", "SecurityStamp"), ("AppUser", "ConcurrencyStamp"),
        ("AppUser", "PhoneNumber"), ("AppUser", "PhoneNumberConfirmed"), ("AppUser", "TwoFactorEnabled"),
        ("AppUser", "LockoutEnabled"), ("AppUser", "LockoutEnd"), ("AppUser", "AccessFailedCount"),
        ("AppUser", "MustChangePassword"), ("AppUser", "CreatedAtUtc"), ("AppUser", "email"),
        ("AppUser", "reason"), ("AppUser", "roles"), ("AppUser", "units"),
        ("UserUnit", "UserId"), ("UserUnit", "OrgUnitId"), ("IdentityRole", "Name"),
        ("IdentityRole", "NormalizedName"), ("IdentityUserRole", "UserId"), ("IdentityUserRole", "RoleId"),
        ("IdentityUserToken", "Value"), ("IdentityUserToken", "LoginProvider"), ("IdentityUserToken", "Name"),
        ("IdentityUserLogin", "LoginProvider"), ("IdentityUserLogin", "ProviderKey"), ("IdentityUserLogin", "ProviderDisplayName"),
        ("Programme", "format"), ("Programme", "via"),
    ];

    private static readonly HashSet<string> CommonFields = new(StringComparer.Ordinal)
    {
        "Id", "Number", "Title", "Name",
        "Position", "OrganizationId", "ProgrammeId", "OrgUnitId",
        "UserId", "RoleId", "MeasureId", "DirectionId",
        "ProgrammeEditionId", "ClaimType", "ClaimValue", "ConcurrencyStamp",
    };

    public static string Entity(string? type) => type is not null && Entities.Contains(type) ? L[$"Entity_{type}"] : UnknownEntity;

    public static string Field(string? entity, string field)
    {
        if (entity is not null && Fields.Contains((entity, field)))
        {
            return L[$"{(char.IsLower(field[0]) ? "Detail" : "Field")}_{entity}_{field}"];
        }

        // An owned value's own id (Term.MeasureId, Aliases.Id) reads as its last part.
        var last = field[(field.LastIndexOf('.') + 1)..];
        return CommonFields.Contains(field) ? L[$"Common_{field}"]
            : CommonFields.Contains(last) ? L[$"Common_{last}"]
            : UnknownField;
    }
}
