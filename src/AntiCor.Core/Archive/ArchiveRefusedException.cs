namespace AntiCor.Core.Archive;

/// <summary>An archive, or the database it is to go into, is refused: the message says why, in Ukrainian, and nothing was written.</summary>
public sealed class ArchiveRefusedException(string message) : Exception(message);
