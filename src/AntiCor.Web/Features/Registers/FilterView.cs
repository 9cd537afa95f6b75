namespace AntiCor.Web.Features.Registers;

/// <summary>What the shared filter form and pager of a register list need.</summary>
public sealed record FilterView(RegisterFilter Filter, IReadOnlyList<UnitOption> Units, string Path, int Total, int Page, int Pages);
