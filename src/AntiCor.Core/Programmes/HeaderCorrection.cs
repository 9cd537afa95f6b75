using AntiCor.Core.Contracts;

namespace AntiCor.Core.Programmes;

/// <summary>
/// A reviewer's word on what the document says of itself: its title, the act that approved it
/// and its period. A field left empty stays as the document gave it (or unsaid); a field filled
/// in replaces it, and the warning that it was missing goes.
/// </summary>
public sealed record HeaderCorrection(
    string? Title,
    string? ActKind,
    string? ActNumber,
    DateOnly? ActDate,
    string? ActIssuer,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo)
{
    public ProgrammeDocument ApplyTo(ProgrammeDocument document)
    {
        var p = document.Programme;
        var act = p.LegalBasis;
        var fixedCodes = new HashSet<string>();
        string? Pick(string? typed, string? read, string code)
        {
            if (string.IsNullOrWhiteSpace(typed) || typed.Trim() == read)
            {
                return read;
            }

            fixedCodes.Add(code);
            return typed.Trim();
        }

        T? PickDate<T>(T? typed, T? read, string code)
            where T : struct
        {
            if (typed is null || typed.Equals(read))
            {
                return read;
            }

            fixedCodes.Add(code);
            return typed;
        }

        var corrected = p with
        {
            KnownTitle = Pick(Title, p.KnownTitle, WarningCodes.ProgrammeTitleNotFound),
            LegalBasis = act with
            {
                KnownKind = Pick(ActKind, act.KnownKind, WarningCodes.ActKindNotFound),
                KnownNumber = Pick(ActNumber, act.KnownNumber, WarningCodes.ActNumberNotFound),
                KnownDate = PickDate(ActDate, act.KnownDate, WarningCodes.ActDateNotFound),
                Issuer = Pick(ActIssuer, act.Issuer, WarningCodes.ActIssuerNotFound),
            },
            Period = new PeriodData(PickDate(PeriodFrom, p.Period.KnownFrom, WarningCodes.PeriodNotFound), PickDate(PeriodTo, p.Period.KnownTo, WarningCodes.PeriodNotFound)),
        };
        return document with
        {
            Programme = corrected,
            Warnings = document.Warnings.Where(w => w.Measure is not null || !fixedCodes.Contains(w.Code)).ToList(),
        };
    }
}
