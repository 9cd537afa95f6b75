namespace AntiCor.Core.Registers;

/// <summary>A register entry that names a person: the name is shown to the coordinator only and erased after the retention period.</summary>
public interface IPersonalRecord
{
    DateOnly RecordedOn { get; }

    DateTime? ErasedAtUtc { get; }

    void ErasePersonalData(DateTime atUtc);
}
