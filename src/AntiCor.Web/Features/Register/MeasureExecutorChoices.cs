using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Programmes.Executors;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// The measure forms' executors: the names typed that the programme's organisation has no unit
/// for are shown with their suggestions, and the save waits until each has a choice (ADR-015).
/// </summary>
internal static class MeasureExecutorChoices
{
    /// <summary>
    /// The decisions for the save (none needed when every name is known), or null with a message;
    /// and the choice to show, when some name is not among the units.
    /// </summary>
    public static async Task<(ExecutorDecisions? Decisions, ExecutorChoicesView? View)> DecideAsync(
        AppDbContext db, Guid programmeId, string? executorsText, IReadOnlyList<ExecutorChoiceInput> posted, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var organizationId = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.OrganizationId).SingleAsync(cancellationToken);
        var names = ExecutorName.Of(ExecutorParser.Parse(executorsText ?? ""));
        var review = await ExecutorReview.ReviewAsync(db, organizationId, names, cancellationToken);
        if (review.Unknown.Count == 0)
        {
            return (ExecutorDecisions.None, null);
        }

        return (ExecutorChoiceInput.Decide(review.Unknown, posted, newWhenNothingClose: false, modelState), new ExecutorChoicesView(review, posted));
    }
}
