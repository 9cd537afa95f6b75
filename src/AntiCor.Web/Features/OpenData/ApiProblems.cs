namespace AntiCor.Web.Features.OpenData;

/// <summary>The API's refusals as problem details (RFC 9457) in Ukrainian; never an HTML page.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, OpenDataText.NotFoundTitle, detail);

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, OpenDataText.BadRequestTitle, detail);

    private static IResult Problem(int status, string title, string detail) => Results.Json(
        new { type = $"https://httpstatuses.io/{status}", title, status, detail },
        OpenDataJson.Options,
        "application/problem+json; charset=utf-8",
        status);
}
