namespace AntiCor.Core.Registers;

/// <summary>The department's own registers whose figures feed the reports of the measure each is linked to.</summary>
public enum RegisterKind
{
    /// <summary>Anti-corruption review of draft orders and decisions (measure 4).</summary>
    DraftActs,

    /// <summary>Notices of candidates before an appointment (measure 3.1).</summary>
    Appointments,

    /// <summary>Notifications of a conflict of interest and their settlement (measure 7.5).</summary>
    Conflicts,

    /// <summary>The yearly declaration campaign: declarants, filings, late or missing ones told to NACP (measure 7.7).</summary>
    Declarations,

    /// <summary>Officials held liable for corruption or corruption-related offences.</summary>
    LiablePersons,

    /// <summary>Trainings of the staff and the department's consultations (measures 2, 3.2, 7.4, 7.6).</summary>
    Trainings,
}

/// <summary>One figure of a register for a period, as it becomes an indicator of the linked measure.</summary>
public sealed record RegisterFigure(string Code, string Name, string UnitOfMeasure, int Value);
