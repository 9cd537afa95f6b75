using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// A published programme's contract document as the public reads it: the importer's doubts —
/// warnings, review marks and source line numbers — are the organisation's staff's working
/// notes, settled before publication, so the open data carries none of them.
/// </summary>
public static class PublicProgramme
{
    public static ProgrammeDocument Document(Programme programme)
    {
        var document = ProgrammeContractMapper.ToDocument(programme);
        var directions = document.Programme.Directions
            .Select(d => d with { Measures = d.Measures.Select(m => m with { NeedsReview = false, Source = null }).ToList() })
            .ToList();
        return document with { Programme = document.Programme with { Directions = directions }, Warnings = [] };
    }
}
