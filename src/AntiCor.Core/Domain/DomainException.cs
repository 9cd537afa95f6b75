namespace AntiCor.Core.Domain;

/// <summary>A broken domain rule. The message is written for the user (Ukrainian).</summary>
public sealed class DomainException(string message) : Exception(message);
