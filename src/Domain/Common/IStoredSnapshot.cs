namespace DrawGuess.Domain.Common;

/// <summary>
/// An aggregate's state as it is stored outside the process (Redis), in one fixed shape per version:
/// a change of shape is a new type with the next version, and readers keep loading the older ones
/// (docs/operations.md, "Stored state versions"). Each declares <c>public const int Version</c>, the
/// number its name ends with.
/// </summary>
public interface IStoredSnapshot;
