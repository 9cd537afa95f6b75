namespace AntiCor.Web.Features.OpenData;

/// <summary>The addresses of the open-data API.</summary>
public static class OpenDataRoutes
{
    public const string Base = "/api/v1";
    public const string Organizations = Base + "/organizations";
    public const string Passport = Base + "/organizations/{organization}/passport";
    public const string Programmes = Base + "/programmes";
    public const string Programme = Base + "/programmes/{id:guid}";
    public const string Reports = Base + "/programmes/{id:guid}/reports";
    public const string Units = Base + "/units";
    public const string Evidence = Base + "/evidence/{reportId:guid}/{evidenceId:guid}";
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string Reference = "/open-data/api";

    public static string PassportOf(string slug) => $"{Base}/organizations/{slug}/passport";

    public static string ProgrammeOf(Guid id) => $"{Base}/programmes/{id}";

    public static string ReportsOf(Guid id) => $"{Base}/programmes/{id}/reports";

    public static string EvidenceOf(Guid reportId, Guid evidenceId) => $"{Base}/evidence/{reportId}/{evidenceId}";

    public static string PassportPageOf(string slug) => $"/o/{slug}/open-data";
}
