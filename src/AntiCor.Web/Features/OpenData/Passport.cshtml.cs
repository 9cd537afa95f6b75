using AntiCor.Core.Data;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.OpenData;

/// <summary>An organisation's data-set passport for people; the same as /api/v1/organizations/{slug}/passport.</summary>
public sealed class PassportModel(AppDbContext db, TimeProvider time) : PageModel
{
    public PassportDocument Passport { get; private set; } = null!;

    public string JsonAddress { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var request = Request;
        string Absolute(string path) => UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase).TrimEnd('/') + path;
        var passport = await PassportQuery.RunAsync(db, slug, time.GetUtcNow().UtcDateTime, Absolute, cancellationToken);
        if (passport is null)
        {
            return NotFound();
        }

        Passport = passport;
        JsonAddress = OpenDataRoutes.PassportOf(slug.ToLowerInvariant());
        return Page();
    }
}
