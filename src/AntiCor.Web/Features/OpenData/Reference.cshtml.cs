using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// The API's reference for people, rendered on the server from the same OpenAPI document that
/// /openapi/v1.json serves: every path, its operation, parameters and responses. No script and
/// nothing from another site.
/// </summary>
public sealed class ReferenceModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public sealed record Operation(string Method, string Path, string? Summary, string? Description, IReadOnlyList<Parameter> Parameters, IReadOnlyList<ResponseRow> Responses);

    public sealed record Parameter(string Name, string In, bool Required, string? Description);

    public sealed record ResponseRow(string Code, IReadOnlyList<string> MediaTypes);

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public string? Description { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Description = document.Info?.Description;
        Operations = (document.Paths ?? [])
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(path => (path.Value.Operations ?? []).Select(o => new Operation(
                o.Key.Method.ToUpperInvariant(),
                path.Key,
                o.Value.Summary,
                o.Value.Description,
                (o.Value.Parameters ?? []).Select(p => new Parameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Description)).ToList(),
                (o.Value.Responses ?? []).Select(r => new ResponseRow(r.Key, (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Keys.ToList())).ToList())))
            .ToList();
    }
}
