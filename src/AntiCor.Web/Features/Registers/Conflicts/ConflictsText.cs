using AntiCor.Core.Registers;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>The words of the register of conflicts of interest (measure 7.5).</summary>
public static class ConflictsText
{
    public const string Title = "Конфлікт інтересів";
    public const string Lead = "Повідомлення про реальний чи потенційний конфлікт інтересів і рішення керівника про його врегулювання — не пізніше двох робочих днів після повідомлення (вихідні та святкові дні не враховуються).";
    public const string NewTitle = "Нове повідомлення про конфлікт інтересів";
    public const string EditTitle = "Повідомлення про конфлікт інтересів";
    public const string Person = "Особа (прізвище, ім'я, по батькові)";
    public const string PersonShort = "Особа";
    public const string Kind = "Вид конфлікту";
    public const string Description = "Опис";
    public const string NotifiedOn = "Дата повідомлення (дд.мм.рррр)";
    public const string NotifiedShort = "Повідомлено";
    public const string Decision = "Рішення керівника про врегулювання";
    public const string SettledOn = "Дата рішення (дд.мм.рррр)";
    public const string SettledShort = "Врегульовано";
    public const string DueOn = "Строк врегулювання";
    public const string Outcome = "Результат";
    public const string Overdue = "Порушено строк врегулювання";

    public static string KindName(ConflictKind kind) => kind == ConflictKind.Real ? "Реальний" : "Потенційний";
}
