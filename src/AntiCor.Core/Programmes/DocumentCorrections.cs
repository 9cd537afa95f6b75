using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes;

/// <summary>A reviewer's word on one measure of an imported document: what it should say, and whether it was checked.</summary>
public sealed record MeasureCorrection(string Number, MeasureInput Input, bool Reviewed);

/// <summary>
/// Applies a reviewer's corrections to an imported document before it is stored: terms and
/// executors are read again by the importer's rules; a measure that was changed or marked as
/// checked is no longer in doubt, and its warnings go.
/// </summary>
public static class DocumentCorrections
{
    public static ProgrammeDocument Apply(ProgrammeDocument document, IEnumerable<MeasureCorrection> corrections)
    {
        var byNumber = corrections.ToDictionary(c => c.Number);
        var settled = new HashSet<string>();
        var directions = document.Programme.Directions.Select(d => d with
        {
            Measures = d.Measures.Select(m =>
            {
                if (!byNumber.TryGetValue(m.Number, out var c))
                {
                    return m;
                }

                var corrected = Corrected(m, c.Input);
                if (corrected == m && !c.Reviewed)
                {
                    return m;
                }

                settled.Add(m.Number);
                return corrected with { NeedsReview = false };
            }).ToList(),
        }).ToList();

        return document with
        {
            Programme = document.Programme with { Directions = directions },
            Warnings = document.Warnings.Where(w => w.Measure is null || !settled.Contains(w.Measure)).ToList(),
        };
    }

    private static MeasureData Corrected(MeasureData m, MeasureInput input)
    {
        var text = input.Text.Trim();
        var termText = input.TermText.Trim();
        var executorsText = input.ExecutorsText.Trim();
        if (text.Length == 0)
        {
            throw new DomainException($"Текст заходу {m.Number} не може бути порожнім.");
        }

        var sameTerm = termText == m.Term.Text;
        var sameExecutors = executorsText == m.ExecutorsAsWritten();
        if (text == m.Text && sameTerm && sameExecutors)
        {
            return m;
        }

        var term = sameTerm ? m.Term : TermParser.Read(termText);
        var executors = sameExecutors
            ? m.Executors
            : ExecutorParser.Parse(executorsText).Select(e => new ExecutorData(e.Name, e.Raw, e.ContractKind, e.ConsentRequired)).ToList();
        return m with { Text = text, Term = term, Executors = executors };
    }
}
