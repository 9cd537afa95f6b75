namespace AntiCor.Web.Infrastructure;

/// <summary>The paths of the error pages, shared by the pipeline and the pages' routes.</summary>
public static class ErrorRoutes
{
    public const string Error = "/error";
    public const string StatusPattern = "/status/{0}";
}
