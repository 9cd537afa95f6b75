namespace AntiCor.Core.Documents.Import;

/// <summary>
/// The document cannot be imported at all (unreadable, empty, no table, too large).
/// The message is one line for the user, in Ukrainian; nothing has been stored.
/// </summary>
public sealed class ImportException(string message) : Exception(message);
