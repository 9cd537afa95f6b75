using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

/// <summary>
/// The coordinator's link of a register to the measure of a programme whose reports its figures
/// feed: once per programme and register. Linking creates the register's indicators on the
/// measure, so the figures are reported as indicator values. It also carries the programme's
/// minimum notice before an appointment (measure 3.1).
/// </summary>
public sealed class RegisterLink : ITenantOwned, IVersioned
{
    private readonly List<RegisterLinkIndicator> _indicators = [];

    private RegisterLink() { }

    public RegisterLink(Guid organizationId, Guid programmeId, RegisterKind register, Guid measureId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        ProgrammeId = programmeId;
        Register = register;
        MeasureId = measureId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public RegisterKind Register { get; private set; }
    public Guid MeasureId { get; private set; }
    public int NoticeDays { get; private set; } = AppointmentNotice.DefaultRequiredDays;
    public int Version { get; private set; }
    public IReadOnlyList<RegisterLinkIndicator> Indicators => _indicators;

    public void SetNoticeDays(int days)
    {
        if (days is < 1 or > 60)
        {
            throw new DomainException(RegisterWords.NoticeDaysRange);
        }

        NoticeDays = days;
    }

    public void MapFigure(string code, Guid indicatorId)
    {
        _indicators.RemoveAll(i => i.FigureCode == code);
        _indicators.Add(new RegisterLinkIndicator(code, indicatorId));
    }
}

public sealed class RegisterLinkIndicator
{
    private RegisterLinkIndicator() { }

    internal RegisterLinkIndicator(string figureCode, Guid indicatorId)
    {
        FigureCode = figureCode;
        IndicatorId = indicatorId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string FigureCode { get; private set; } = "";
    public Guid IndicatorId { get; private set; }
}
