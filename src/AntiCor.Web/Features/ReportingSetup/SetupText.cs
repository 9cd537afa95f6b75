using AntiCor.Core.Domain;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>The words of the coordinator's reporting setup: the rule, executor groups, leads and indicators.</summary>
public static class SetupText
{
    public const string RuleTitle = "Правило звітування";
    public const string Frequency = "Періодичність";
    public const string DueKind = "Строк подання";
    public const string ByDay = "до дня місяця";
    public const string DueDay = "День";
    public const string DueMonthLabel = "Місяць";
    public const string LastMonth = "останній місяць періоду";
    public const string MonthAfter = "місяць, що настає за звітним періодом";
    public const string DaysAfter = "днів після закінчення періоду";
    public const string Days = "Кількість днів";
    public const string WorkingDays = "робочих днів (без вихідних і святкових)";
    public const string MoveOff = "переносити строк із вихідних і святкових днів на наступний робочий день";
    public const string Preview = "Переглянути зміни";
    public const string Confirm = "Зберегти правило";
    public const string Cancel = "Скасувати";
    public const string PreviewTitle = "Що зміниться";
    public const string NoChanges = "Жоден строк подання не зміниться.";
    public const string Period = "Період";
    public const string Was = "Було";
    public const string Becomes = "Стане";
    public const string NoPeriod = "—";
    public const string ClosedKept = "період закрито: строк не зміниться";
    public const string CalendarTitle = "Календар звітування";
    public const string Days_ = "Дні періоду";
    public const string DueOn = "Строк подання";
    public const string Closed = "закрито";
    public const string Saved = "Правило звітування збережено, календар і зобов'язання оновлено.";
    public const string MeasuresTitle = "Заходи: головні виконавці та показники";
    public const string Measure = "Захід";
    public const string Lead = "Головний виконавець";
    public const string NoLead = "не визначено";
    public const string Indicators = "Показники";
    public const string GroupsTitle = "Групи виконавців";
    public const string Members = "учасники";
    public const string NotANumber = "Вкажіть ціле число.";

    public static string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "щомісяця",
        ReportingFrequency.Quarterly => "щокварталу",
        ReportingFrequency.HalfYearly => "щопівроку",
        _ => "щороку",
    };

    public static string NotWhole(string field, string text) => $"«{text}» у полі «{field}» не є цілим числом.";

    // Group members.
    public const string MembersTitle = "Учасники групи";
    public const string NotAGroup = "Учасників мають лише групи виконавців (наприклад, «виконавчі органи»); цей виконавець — не група.";
    public const string NoMembers = "У групі ще немає учасників: заходи, доручені групі, нікого не зобов'язують.";
    public const string AddMember = "Додати підрозділ";
    public const string Add = "Додати";
    public const string AddAll = "Додати всі підрозділи організації";
    public const string Remove = "Вилучити";
    public const string UnitNotFound = "Підрозділ не знайдено в цій організації.";
    public const string AlreadyMember = "Цей підрозділ уже є учасником групи.";
    public const string NotAMember = "Цей підрозділ не є учасником групи.";

    // Lead executor.
    public const string LeadTitle = "Головний виконавець заходу";
    public const string LeadHint = "Звіт головного виконавця — основний для заходу; співвиконавці доповнюють його. Головним може бути лише підрозділ.";
    public const string Save = "Зберегти";
    public const string ChooseLead = "Оберіть головного виконавця.";
    public const string GroupKind = "група";
    public const string ExternalKind = "за згодою";

    // Indicators.
    public const string IndicatorsTitle = "Показники заходу";
    public const string NoIndicators = "Показників ще не визначено.";
    public const string IndicatorName = "Назва показника";
    public const string UnitOfMeasure = "Одиниця виміру";
    public const string ProgrammeTarget = "Ціль на програму";
    public const string PeriodTargets = "Цілі за періодами";
    public const string NewIndicator = "Новий показник";
    public const string EditIndicator = "Змінити показник";
    public const string Edit = "Змінити";
    public const string IndicatorNotFound = "Показник не знайдено.";
    public const string IndicatorHasValues = "Показник не можна вилучити: за ним уже подано значення у звітах.";

    public static string NotANumberIn(string field, string text) => $"«{text}» у полі «{field}» не є числом: вкажіть, наприклад, 12 або 1,5.";
}
