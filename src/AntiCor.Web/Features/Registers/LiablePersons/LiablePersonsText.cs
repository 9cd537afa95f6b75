using AntiCor.Core.Registers;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>The words of the register of officials held liable for corruption or corruption-related offences.</summary>
public static class LiablePersonsText
{
    public const string Title = "Особи, притягнуті до відповідальності";
    public const string Lead = "Посадові особи, притягнуті до відповідальності за корупційні або пов'язані з корупцією правопорушення: правопорушення (стаття), рішення суду чи наказ про дисциплінарне стягнення з датою, вжиті заходи — звільнення, службове розслідування причин.";
    public const string NewTitle = "Нова особа, притягнута до відповідальності";
    public const string EditTitle = "Особа, притягнута до відповідальності";
    public const string Person = "Посадова особа (прізвище, ім'я, по батькові)";
    public const string PersonShort = "Посадова особа";
    public const string Position = "Посада";
    public const string Offence = "Правопорушення (стаття закону, наприклад «ст. 172-7 КУпАП»)";
    public const string OffenceShort = "Правопорушення";
    public const string OffenceOn = "Дата правопорушення чи протоколу (дд.мм.рррр, якщо відома)";
    public const string OffenceOnShort = "Дата правопорушення";
    public const string DecisionKind = "Підстава";
    public const string Decision = "Рішення (суд і номер справи або номер наказу)";
    public const string DecisionShort = "Рішення";
    public const string DecisionOn = "Дата рішення чи наказу (дд.мм.рррр)";
    public const string DecisionOnShort = "Дата рішення";
    public const string Dismissed = "Звільнено з посади";
    public const string CausesReviewed = "Проведено службове розслідування причин";
    public const string MeasuresTaken = "Інші вжиті заходи";
    public const string ByYear = "Кількість за роками";
    public const string Year = "Рік рішення";
    public const string Count = "Осіб";
    public const string Yes = "так";

    public static string KindName(LiabilityDecisionKind kind) => kind == LiabilityDecisionKind.CourtDecision ? "Рішення суду" : "Наказ про дисциплінарне стягнення";
}
