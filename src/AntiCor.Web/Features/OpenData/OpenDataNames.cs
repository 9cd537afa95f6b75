using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Web.Features.OpenData;

/// <summary>The API's stable machine words for the domain's enumerations (kebab-case, as the contract's).</summary>
public static class OpenDataNames
{
    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.OblastAdministration => "oblast-administration",
        OrganizationKind.CityCouncil => "city-council",
        OrganizationKind.SettlementCouncil => "settlement-council",
        OrganizationKind.VillageCouncil => "village-council",
        OrganizationKind.ExecutiveCommittee => "executive-committee",
        OrganizationKind.CommunalEnterprise => "communal-enterprise",
        OrganizationKind.CommunalInstitution => "communal-institution",
        _ => "state-body",
    };

    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "not-started",
        MeasureStatus.InProgress => "in-progress",
        MeasureStatus.Done => "done",
        MeasureStatus.PartlyDone => "partly-done",
        MeasureStatus.NotDone => "not-done",
        _ => "obsolete",
    };

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.OnTimeAndInFull => "on-time-and-in-full",
        Verdict.Progress => "progress",
        Verdict.NotOnTimeOrNotInFull => "not-on-time-or-not-in-full",
        _ => "no-information",
    };

    public static string Of(MessageType type) => type == MessageType.Progress ? "progress" : "result";
}
