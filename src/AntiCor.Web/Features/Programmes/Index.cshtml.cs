using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Programmes;

/// <summary>An organisation's home: its programmes (the address names the organisation).</summary>
public sealed class IndexModel(AppDbContext db, ProgrammeVisibility visibility) : PageModel
{
    public string OrganizationName => HttpContext.Organization()?.Name ?? "";

    /// <summary>Staff see drafts and the importer's doubts; the public neither.</summary>
    public bool IsStaff => visibility.IsStaff;

    public IReadOnlyList<ProgrammeListQuery.Row> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Programmes = await ProgrammeListQuery.RunAsync(visibility.Programmes(db), cancellationToken);
}
