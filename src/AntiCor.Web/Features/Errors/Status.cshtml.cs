using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Errors;

/// <summary>Where UseStatusCodePagesWithReExecute sends an empty error response (404 above all).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        StatusCodes.Status404NotFound => ErrorsText.NotFoundTitle,
        StatusCodes.Status403Forbidden => ErrorsText.ForbiddenTitle,
        StatusCodes.Status413PayloadTooLarge => ErrorsText.TooLargeTitle,
        _ => ErrorsText.OtherTitle,
    };

    public string Lead => Code switch
    {
        StatusCodes.Status404NotFound => ErrorsText.NotFoundLead,
        StatusCodes.Status403Forbidden => ErrorsText.ForbiddenLead,
        StatusCodes.Status413PayloadTooLarge => ErrorsText.TooLargeLead,
        _ => ErrorsText.OtherLead,
    };

    public void OnGet() => Show();

    // Status pages re-execute with the failed request's method.
    public void OnPost() => Show();

    // The code is read from the route, never model-bound: a re-executed POST may carry a form that
    // cannot be read (too large, malformed), and binding would then lose the code and show a 404.
    private void Show()
    {
        // Visited directly, the page must not answer 200 for an error; unknown codes read as 404.
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }
}
