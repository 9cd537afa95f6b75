using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

/// <summary>A figure of a linked register as the report form offers it: the value and the indicator of the measure it fills.</summary>
public sealed record OfferedFigure(string Name, string UnitOfMeasure, int Value, Guid? IndicatorId);

/// <summary>
/// What a register linked to the report's measure offers for the report's period: its figures,
/// the sentence for "what was done", and the address of the entries they were counted from. The
/// executor takes the offer into the form (nothing is saved until they save the draft).
/// </summary>
public sealed record RegisterOffer(RegisterKind Register, string Sentence, IReadOnlyList<OfferedFigure> Figures, string EntriesPath)
{
    public static async Task<IReadOnlyList<RegisterOffer>> ForAsync(AppDbContext db, Guid programmeId, Guid measureId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var links = await db.RegisterLinks.AsNoTracking().Where(l => l.ProgrammeId == programmeId && l.MeasureId == measureId).ToListAsync(cancellationToken);
        var offers = new List<RegisterOffer>();
        foreach (var link in links.OrderBy(l => l.Register))
        {
            var figures = await RegisterFigures.ForPeriodAsync(db, link.Register, from, to, cancellationToken);
            var period = $"?from={RegisterDate.Format(from)}&to={RegisterDate.Format(to)}";
            offers.Add(new RegisterOffer(
                link.Register,
                RegisterFigures.Sentence(link.Register, figures),
                [.. figures.Select(f => new OfferedFigure(f.Name, f.UnitOfMeasure, f.Value, link.Indicators.FirstOrDefault(i => i.FigureCode == f.Code)?.IndicatorId))],
                RegistersText.Path(link.Register) + period));
        }

        return offers;
    }

    /// <summary>Puts the offers into the form: indicator values, the sentence added to what was done, a link back to the entries as evidence.</summary>
    public static void Apply(ReportInput input, IReadOnlyList<RegisterOffer> offers, string siteBase)
    {
        foreach (var offer in offers)
        {
            foreach (var figure in offer.Figures.Where(f => f.IndicatorId is not null))
            {
                var field = input.Indicators.FirstOrDefault(i => i.IndicatorId == figure.IndicatorId);
                if (field is not null)
                {
                    field.Value = figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (input.WhatWasDone?.Contains(offer.Sentence, StringComparison.Ordinal) != true)
            {
                input.WhatWasDone = string.IsNullOrWhiteSpace(input.WhatWasDone) ? offer.Sentence : input.WhatWasDone.TrimEnd() + " " + offer.Sentence;
            }
        }

        // One link per post is what the form attaches: the first register's entries.
        if (offers.Count > 0 && string.IsNullOrWhiteSpace(input.LinkUrl))
        {
            input.LinkUrl = siteBase + offers[0].EntriesPath;
            // Saved with the report, beside the register's Ukrainian sentence: a document's words (ADR-014).
            input.LinkTitle = InterfaceText.InUkrainian(() => RegistersText.OpenEntries + ": " + RegistersText.Name(offers[0].Register));
        }
    }
}
