using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// Tells a request whose body passes the upload page's limit: by its declared length (browsers
/// always send one for a form), or by the 413 that Kestrel raised while the form was being read,
/// which model binding leaves in the model state instead of throwing.
/// </summary>
public static class OversizedUpload
{
    public static bool Is(HttpRequest request, ModelStateDictionary modelState, long limit) =>
        request.ContentLength > limit
        || modelState.Values.SelectMany(v => v.Errors).Any(e => IsBodyTooLarge(e.Exception));

    private static bool IsBodyTooLarge(Exception? exception) => exception switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        _ => IsBodyTooLarge(exception.InnerException),
    };
}
