using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>
/// The period board: measures × executor units with each obligation's state, counts and filters;
/// and closing the period once consolidated, or reopening it with a reason.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class BoardModel(AppDbContext db, TimeProvider time, CurrentUser user) : PageModel
{
    // Ukrainian as written, not \u-escaped: the audit trail is read by people.
    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    [FromQuery(Name = "direction")]
    public Guid? DirectionId { get; set; }

    [FromQuery(Name = "unit")]
    public Guid? UnitId { get; set; }

    [FromQuery(Name = "state")]
    public string? State { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The period's version when the page was opened: closing or reopening over a newer one is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;

    public string Label { get; private set; } = "";

    public Board Data { get; private set; } = null!;

    public BoardState? StateFilter => BoardStates.Parse(State);

    /// <summary>The link to another page of the board, keeping the filters.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["direction"] = DirectionId?.ToString(),
            ["unit"] = UnitId?.ToString(),
            ["state"] = State,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            $"/programmes/{RouteData.Values["id"]}/periods/{Period.Key}", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    public async Task<IActionResult> OnGetAsync(Guid id, string key, CancellationToken cancellationToken) =>
        await LoadAsync(id, key, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCloseAsync(Guid id, string key, CancellationToken cancellationToken) =>
        ChangeAsync(id, key, period =>
        {
            period.Close(user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime);
            return $"Період «{period.ParsedKey.Label}» закрито";
        }, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid id, string key, CancellationToken cancellationToken) =>
        ChangeAsync(id, key, period =>
        {
            if (string.IsNullOrWhiteSpace(Reason))
            {
                throw new DomainException(ReviewText.ReopenReasonRequired);
            }

            period.Reopen(Reason);
            return $"Період «{period.ParsedKey.Label}» відкрито повторно. Причина: {period.ReopenReason}";
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, string key, Func<ReportingPeriod, string> change, CancellationToken cancellationToken)
    {
        var period = await PeriodLookup.FindAsync(db, id, key, cancellationToken);
        if (period is null)
        {
            return NotFound();
        }

        try
        {
            db.ExpectVersion(period, Version);
            var summary = change(period);
            // The entity audit lists the changed fields; this row says in words what happened.
            db.RecordAudit(new AuditEvent(AuditActions.Updated, nameof(ReportingPeriod), period.Id.ToString(),
                System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["Подія"] = summary }, ReadableJson)));
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/programmes/{id}/periods/{period.Key}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, key, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string key, CancellationToken cancellationToken)
    {
        var period = await PeriodLookup.FindAsync(db, id, key, cancellationToken);
        if (period is null)
        {
            return false;
        }

        db.Entry(period).State = EntityState.Detached;
        Period = period;
        Label = Wording.PeriodLabel(period.ParsedKey);
        if (!ModelState.ContainsKey(nameof(Version)) || ModelState.IsValid)
        {
            Version = period.Version;
        }

        Data = await new BoardQuery(db).RunAsync(period, new BoardFilter(DirectionId, UnitId, StateFilter, PageNumber), KyivTime.Today(time), cancellationToken);
        return true;
    }
}
