using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Errors;

/// <summary>
/// Where UseExceptionHandler sends a failed request. It shows only a request id to quote;
/// the exception itself is logged by the handler and never rendered.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    // A getter rather than OnGet: a failed POST is re-executed as POST, and must show it too.
    public string RequestId => HttpContext.TraceIdentifier;
}
