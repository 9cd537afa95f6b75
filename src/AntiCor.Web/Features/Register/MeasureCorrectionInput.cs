using AntiCor.Core.Contracts;
using AntiCor.Core.Programmes;

namespace AntiCor.Web.Features.Register;

/// <summary>One measure's fields on the review form.</summary>
public sealed class MeasureCorrectionInput
{
    public string Number { get; set; } = "";
    public string? Text { get; set; }
    public string? TermText { get; set; }
    public string? ExecutorsText { get; set; }
    public bool Reviewed { get; set; }

    public static MeasureCorrectionInput From(MeasureData m) => new()
    {
        Number = m.Number,
        Text = m.Text,
        TermText = m.Term.Text,
        ExecutorsText = m.ExecutorsAsWritten(),
    };

    public MeasureCorrection ToCorrection() => new(Number, new MeasureInput(Text ?? "", TermText ?? "", ExecutorsText ?? ""), Reviewed);
}
