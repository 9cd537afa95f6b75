namespace AntiCor.Web.Features.Audit;

/// <summary>
/// Ukrainian names of the entity types and fields the audit trail records, so that auditors never
/// read a code identifier. The trail itself keeps the identifiers (they are part of the hashed
/// rows); only the page translates. A name missing here falls back to a generic Ukrainian label.
/// </summary>
public static class AuditLabels
{
    public const string UnknownEntity = "інший об’єкт";
    public const string UnknownField = "інше поле";

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Programme"] = "Програма",
        ["Direction"] = "Напрям",
        ["Measure"] = "Захід",
        ["MeasureExecutor"] = "Виконавець заходу",
        ["OrgUnit"] = "Підрозділ",
        ["Organization"] = "Організація",
        ["ProgrammeEdition"] = "Редакція програми",
        ["ProgrammeWarning"] = "Попередження імпорту",
        ["AppUser"] = "Обліковий запис",
        ["UserUnit"] = "Прив’язка до підрозділу",
        ["IdentityRole"] = "Роль",
        ["IdentityUserRole"] = "Роль користувача",
        ["IdentityUserToken"] = "Ключ облікового запису",
        ["IdentityUserLogin"] = "Зовнішній вхід",
        ["IdentityUserClaim"] = "Атрибут користувача",
        ["IdentityRoleClaim"] = "Атрибут ролі",
    };

    // Entity-specific names first; then names that read the same on every entity.
    private static readonly Dictionary<(string Entity, string Field), string> Fields = new()
    {
        [("Programme", "Title")] = "Назва програми",
        [("Programme", "PeriodFrom")] = "Початок періоду",
        [("Programme", "PeriodTo")] = "Кінець періоду",
        [("Programme", "CoordinatorUnitId")] = "Підрозділ-координатор",
        [("Programme", "ImportedAtUtc")] = "Час імпорту",
        [("Programme", "SourceFileName")] = "Файл документа",
        [("Programme", "LegalBasis.Kind")] = "Вид акта",
        [("Programme", "LegalBasis.Number")] = "Номер акта",
        [("Programme", "LegalBasis.Date")] = "Дата акта",
        [("Programme", "LegalBasis.Title")] = "Назва акта",
        [("Programme", "LegalBasis.Issuer")] = "Хто видав акт",
        [("Programme", "LegalBasis.SignatoryName")] = "Хто підписав",
        [("Programme", "LegalBasis.SignatoryPosition")] = "Посада підписанта",
        [("Programme", "Parent.Kind")] = "Вид акта батьківської програми",
        [("Programme", "Parent.Number")] = "Номер акта батьківської програми",
        [("Programme", "Parent.Date")] = "Дата акта батьківської програми",
        [("Programme", "Parent.Title")] = "Назва батьківської програми",
        [("Programme", "Parent.Issuer")] = "Хто видав акт батьківської програми",
        [("Programme", "Reporting.Frequency")] = "Періодичність звітування",
        [("Programme", "Reporting.DueDay")] = "Число місяця для звіту",
        [("Programme", "Reporting.DueMonth")] = "Місяць строку звіту",
        [("Direction", "Title")] = "Назва напряму",
        [("Direction", "Number")] = "Номер напряму",
        [("Direction", "ProgrammeId")] = "Програма",
        [("Measure", "Text")] = "Текст заходу",
        [("Measure", "Number")] = "Номер заходу",
        [("Measure", "DirectionId")] = "Напрям",
        [("Measure", "NeedsReview")] = "Потребує перевірки",
        [("Measure", "SourceLine")] = "Рядок у документі",
        [("Measure", "SourcePage")] = "Сторінка документа",
        [("Measure", "Term.Kind")] = "Вид строку",
        [("Measure", "Term.From")] = "Строк: з",
        [("Measure", "Term.To")] = "Строк: до",
        [("Measure", "Term.Text")] = "Строк виконання (як у документі)",
        [("MeasureExecutor", "MeasureId")] = "Захід",
        [("MeasureExecutor", "OrgUnitId")] = "Підрозділ",
        [("MeasureExecutor", "RawText")] = "Виконавець (як у документі)",
        [("MeasureExecutor", "ConsentRequired")] = "За згодою",
        [("OrgUnit", "Name")] = "Назва підрозділу",
        [("OrgUnit", "Kind")] = "Вид виконавця",
        [("OrgUnit", "NameKey")] = "Ключ назви для пошуку",
        [("OrgUnit", "Aliases.Text")] = "Інше написання назви",
        [("OrgUnit", "Aliases.Key")] = "Ключ іншого написання",
        [("Organization", "Name")] = "Назва організації",
        [("ProgrammeEdition", "Number")] = "Номер редакції",
        [("ProgrammeEdition", "Summary")] = "Що змінено",
        [("ProgrammeEdition", "Snapshot")] = "Знімок програми",
        [("ProgrammeEdition", "CreatedBy")] = "Хто створив",
        [("ProgrammeEdition", "CreatedAtUtc")] = "Час створення",
        [("ProgrammeEdition", "Act.Kind")] = "Вид змінювального акта",
        [("ProgrammeEdition", "Act.Number")] = "Номер змінювального акта",
        [("ProgrammeEdition", "Act.Date")] = "Дата змінювального акта",
        [("ProgrammeEdition", "Act.Title")] = "Назва змінювального акта",
        [("ProgrammeWarning", "Code")] = "Код попередження",
        [("ProgrammeWarning", "Message")] = "Текст попередження",
        [("ProgrammeWarning", "Line")] = "Рядок у документі",
        [("ProgrammeWarning", "MeasureNumber")] = "Номер заходу",
        [("AppUser", "DisplayName")] = "Ім’я",
        [("AppUser", "Email")] = "Електронна пошта",
        [("AppUser", "NormalizedEmail")] = "Електронна пошта (для пошуку)",
        [("AppUser", "UserName")] = "Ім’я для входу",
        [("AppUser", "NormalizedUserName")] = "Ім’я для входу (для пошуку)",
        [("AppUser", "EmailConfirmed")] = "Пошту підтверджено",
        [("AppUser", "PasswordHash")] = "Пароль",
        [("AppUser", "SecurityStamp")] = "Штамп безпеки",
        [("AppUser", "ConcurrencyStamp")] = "Версія запису",
        [("AppUser", "PhoneNumber")] = "Телефон",
        [("AppUser", "PhoneNumberConfirmed")] = "Телефон підтверджено",
        [("AppUser", "TwoFactorEnabled")] = "Двофакторний вхід",
        [("AppUser", "LockoutEnabled")] = "Блокування дозволено",
        [("AppUser", "LockoutEnd")] = "Заблоковано до",
        [("AppUser", "AccessFailedCount")] = "Невдалих спроб входу",
        [("AppUser", "MustChangePassword")] = "Має змінити пароль",
        [("AppUser", "CreatedAtUtc")] = "Час створення",
        [("AppUser", "email")] = "Електронна пошта",
        [("AppUser", "reason")] = "Причина",
        [("AppUser", "roles")] = "Ролі",
        [("AppUser", "units")] = "Підрозділи",
        [("UserUnit", "UserId")] = "Користувач",
        [("UserUnit", "OrgUnitId")] = "Підрозділ",
        [("IdentityRole", "Name")] = "Назва ролі",
        [("IdentityRole", "NormalizedName")] = "Назва ролі (для пошуку)",
        [("IdentityUserRole", "UserId")] = "Користувач",
        [("IdentityUserRole", "RoleId")] = "Роль",
        [("IdentityUserToken", "Value")] = "Значення",
        [("IdentityUserToken", "LoginProvider")] = "Джерело",
        [("IdentityUserToken", "Name")] = "Назва ключа",
        [("IdentityUserLogin", "LoginProvider")] = "Постачальник входу",
        [("IdentityUserLogin", "ProviderKey")] = "Ідентифікатор у постачальника",
        [("IdentityUserLogin", "ProviderDisplayName")] = "Назва постачальника",
        [("Programme", "format")] = "Формат вивантаження",
        [("Programme", "via")] = "Спосіб",
    };

    private static readonly Dictionary<string, string> CommonFields = new(StringComparer.Ordinal)
    {
        ["Id"] = "Ідентифікатор",
        ["Number"] = "Номер",
        ["Title"] = "Назва",
        ["Name"] = "Назва",
        ["Position"] = "Порядок",
        ["OrganizationId"] = "Організація",
        ["ProgrammeId"] = "Програма",
        ["OrgUnitId"] = "Підрозділ",
        ["UserId"] = "Користувач",
        ["RoleId"] = "Роль",
        ["MeasureId"] = "Захід",
        ["DirectionId"] = "Напрям",
        ["ProgrammeEditionId"] = "Редакція програми",
        ["ClaimType"] = "Вид атрибута",
        ["ClaimValue"] = "Значення атрибута",
        ["ConcurrencyStamp"] = "Версія запису",
    };

    public static string Entity(string? type) => type is not null && Entities.TryGetValue(type, out var label) ? label : UnknownEntity;

    public static string Field(string? entity, string field)
    {
        if (entity is not null && Fields.TryGetValue((entity, field), out var label))
        {
            return label;
        }

        // An owned value's own id (Term.MeasureId, Aliases.Id) reads as its last part.
        var last = field[(field.LastIndexOf('.') + 1)..];
        return CommonFields.TryGetValue(field, out label) || CommonFields.TryGetValue(last, out label) ? label : UnknownField;
    }
}
