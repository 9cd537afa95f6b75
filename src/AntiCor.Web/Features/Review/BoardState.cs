using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Review;

/// <summary>
/// What one cell of the period board shows: the obligation's state, with "late" standing for a
/// report that came after the due date or one still missing past it.
/// </summary>
public enum BoardState
{
    Missing,
    Draft,
    Submitted,
    Late,
    Returned,
    Accepted,
}

public static class BoardStates
{
    /// <summary>The query-string names of the states (?state=late).</summary>
    public static string Key(BoardState state) => state.ToString().ToLowerInvariant();

    public static BoardState? Parse(string? text) =>
        Enum.TryParse<BoardState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;

    public static string Word(BoardState state) => state switch
    {
        BoardState.Missing => StatusText.Of(ObligationState.Missing),
        BoardState.Draft => StatusText.Of(ObligationState.Draft),
        BoardState.Submitted => StatusText.Of(ObligationState.Submitted),
        BoardState.Late => StatusText.Late,
        BoardState.Returned => StatusText.Of(ObligationState.Returned),
        _ => StatusText.Of(ObligationState.Accepted),
    };

    /// <summary>
    /// The cell's state: a waiting report is late when submitted after the due date; nothing
    /// submitted is late once the due date has passed (<paramref name="pastDue"/>).
    /// </summary>
    public static BoardState Of(ObligationState state, bool submittedLate, bool pastDue) => state switch
    {
        ObligationState.Accepted => BoardState.Accepted,
        ObligationState.Returned => BoardState.Returned,
        ObligationState.Submitted => submittedLate ? BoardState.Late : BoardState.Submitted,
        ObligationState.Draft => pastDue ? BoardState.Late : BoardState.Draft,
        _ => pastDue ? BoardState.Late : BoardState.Missing,
    };
}
