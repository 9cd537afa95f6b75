using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// page (from 1) and pageSize (1..<see cref="MaxPageSize"/>) of a list request; the links of a
/// page keep every other query parameter of the request.
/// </summary>
public sealed record ApiPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The request's paging, or the Ukrainian reason it is refused.</summary>
    public static (ApiPaging? Paging, string? Error) Read(string? pageText, string? sizeText)
    {
        var page = 1;
        var size = DefaultPageSize;
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return (null, OpenDataText.BadPage(pageText));
        }

        if (sizeText is not null)
        {
            if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1)
            {
                return (null, OpenDataText.BadPageSize(sizeText));
            }

            if (size > MaxPageSize)
            {
                return (null, OpenDataText.PageSizeTooLarge(size, MaxPageSize));
            }
        }

        return (new ApiPaging(page, size), null);
    }

    public int LastPage(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    public PageLinks Links(HttpRequest request, int total)
    {
        var last = LastPage(total);
        return new PageLinks(At(request, Page), At(request, 1), At(request, last))
        {
            Prev = Page > 1 ? At(request, Math.Min(Page - 1, last)) : null,
            Next = Page < last ? At(request, Page + 1) : null,
        };
    }

    private string At(HttpRequest request, int page)
    {
        var query = request.Query
            .Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Append(new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path), query);
    }
}
