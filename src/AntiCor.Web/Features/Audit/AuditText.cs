using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Audit;

/// <summary>The words of the audit pages.</summary>
public static class AuditText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(AuditText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string Filters => L[nameof(Filters)];
    public static string From => L[nameof(From)];
    public static string To => L[nameof(To)];
    public static string DateHint => L[nameof(DateHint)];
    public static string Actor => L[nameof(Actor)];
    public static string Action => L[nameof(Action)];
    public static string AnyAction => L[nameof(AnyAction)];
    public static string AnyType => L[nameof(AnyType)];
    public static string EntityType => L[nameof(EntityType)];
    public static string EntityId => L[nameof(EntityId)];
    public static string Apply => L[nameof(Apply)];
    public static string Reset => L[nameof(Reset)];
    public static string Caption => L[nameof(Caption)];
    public static string Number => L[nameof(Number)];
    public static string Time => L[nameof(Time)];
    public static string Ip => L[nameof(Ip)];
    public static string Entity => L[nameof(Entity)];
    public static string Changes => L[nameof(Changes)];
    public static string NoRows => L[nameof(NoRows)];
    public static string Newer => L[nameof(Newer)];
    public static string Older => L[nameof(Older)];
    public static string PageLabel => L[nameof(PageLabel)];
    public static string Pages => L[nameof(Pages)];
    public static string History => L[nameof(History)];
    public static string EntityTitle => L[nameof(EntityTitle)];
    public static string BackToTrail => L[nameof(BackToTrail)];
    public static string BadDate => L[nameof(BadDate)];
    public static string BadRange => L[nameof(BadRange)];
    public static string VerifyTitle => L[nameof(VerifyTitle)];
    public static string VerifyLead => L[nameof(VerifyLead)];
    public static string Verify => L[nameof(Verify)];
    public static string Intact => L[nameof(Intact)];
    public static string Broken => L[nameof(Broken)];
    public static string IntactAgainst => L[nameof(IntactAgainst)];
    public static string Checkpoints => L[nameof(Checkpoints)];
    public static string Publish => L[nameof(Publish)];
    public static string Empty => L[nameof(Empty)];
    public static string None => L[nameof(None)];

    public static string Hidden => L[nameof(Hidden)];
    public static string Yes => L[nameof(Yes)];
    public static string No => L[nameof(No)];
    public static string Indefinitely => L[nameof(Indefinitely)];
    public static string NoneInList => L[nameof(NoneInList)];
    public static string SingleSignOn => L[nameof(SingleSignOn)];

    /// <summary>A recorded action's name; an action the page does not know reads as its identifier.</summary>
    public static string ActionName(string action) => Actions.Contains(action) ? L[$"Action_{action}"] : action;

    /// <summary>"структуровані дані (1 234 символи); …": JSON is summarised, never shown raw.</summary>
    public static string StructuredData(int characters) => L[nameof(StructuredData), L.Count("Characters", characters)];

    /// <summary>A word of a recorded value (a reason, a frequency, a due month) by its resource key.</summary>
    public static string Word(string key) => L[key];

    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "created", "updated", "deleted", "signed-in", "sign-in-failed", "signed-out", "role-changed", "exported", "evidence-downloaded",
    };
}
