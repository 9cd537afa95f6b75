namespace AntiCor.Web.Features.Consolidation;

/// <summary>The words of the head's view, the consolidated downloads and the history import.</summary>
public static class ConsolidationText
{
    public const string OverviewTitle = "Стан виконання";
    public const string Period = "Період";
    public const string Show = "Показати";
    public const string BadPeriod = "Такого періоду в програмі немає; показано поточний.";
    public const string ByDirection = "За напрямами";
    public const string Direction = "Напрям";
    public const string Done = "Виконано";
    public const string DoneOrPartly = "Виконано повністю або частково";
    public const string Total = "Усього*";
    public const string Share = "Частка*";
    public const string Obsolete = "Втратили актуальність";
    public const string ChartTitle = "Статуси заходів за напрямами";
    public const string OnTime = "Вчасність звітування";
    public const string Unit = "Виконавець";
    public const string Obliged = "Зобов'язань";
    public const string SubmittedOnTime = "Подано вчасно";
    public const string Rate = "Частка";
    public const string Overdue = "Прострочені звіти";
    public const string NoOverdue = "Прострочених звітів немає.";
    public const string Measure = "Захід";
    public const string DueOn = "Строк";
    public const string DaysOverdue = "Прострочено";
    public const string Downloads = "Зведений звіт для міського голови";
    public const string Quarter = "за період";
    public const string Cumulative = "наростаючим підсумком";
    public const string NoPeriods = "Для програми ще не сплановано звітних періодів.";

    public const string HistoryTitle = "Імпорт історії звітів";
    public const string HistoryIntro = "Завантажте книгу XLSX у формі зведеного звіту (аркуш «Звіти»): звіти за попередні періоди буде збережено як подані й прийняті, лише після перегляду й підтвердження.";
    public const string File = "Файл XLSX";
    public const string Read = "Прочитати";
    public const string NoFile = "Оберіть файл XLSX.";
    public const string Line = "Рядок";
    public const string Outcome = "Що буде";
    public const string Note = "Пояснення";
    public const string Exclude = "Виключити";
    public const string Store = "буде збережено";
    public const string Skip = "пропущено";
    public const string Problem = "помилка";
    public const string Confirm = "Зберегти звіти";
    public const string HasProblems = "Є рядки з помилками: виправте їх у файлі й завантажте знову або виключіть їх — до того нічого не буде збережено.";
    public const string Expired = "Перегляд застарів: завантажте файл знову.";
    public static string Stored(int n) => $"Збережено звітів: {n}.";
}
