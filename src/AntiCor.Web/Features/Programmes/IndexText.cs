namespace AntiCor.Web.Features.Programmes;

/// <summary>The words of the programme list.</summary>
public static class IndexText
{
    public const string Title = "Антикорупційні програми";
    public const string Lead = "Затверджені заходи щодо запобігання корупції: хто, що і до якого строку має виконати.";
    public const string Empty = "Програм поки немає.";
    public const string Programme = "Програма";
    public const string Act = "Затверджено";
    public const string Period = "Період";
    public const string Measures = "Заходів";
    public const string NeedsReview = "Потребують перевірки";
    public const string Caption = "Перелік програм";
    public const string Draft = "чернетка";
}
