namespace AntiCor.Core.Domain;

/// <summary>A doubt the importer raised about a programme; kept with it until someone reviews it.</summary>
public sealed class ProgrammeWarning
{
    private ProgrammeWarning() { }

    public ProgrammeWarning(string code, string message, int? line, string? measureNumber)
    {
        Code = code;
        Message = message;
        Line = line;
        MeasureNumber = measureNumber;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; private set; }
    public string Code { get; private set; } = "";
    public string Message { get; private set; } = "";
    public int? Line { get; private set; }
    public string? MeasureNumber { get; private set; }
}
