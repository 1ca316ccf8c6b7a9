namespace Altegio.MockServer.State;

/// <summary>What <see cref="MockState.Reset"/> needs of every table.</summary>
public interface IEntityStore
{
    void Clear();
}

/// <summary>Id-ordered table with its own id sequence. Not thread-safe: <see cref="MockState"/> locks around it.</summary>
public sealed class EntityStore<T> : IEntityStore
    where T : MockEntity
{
    private readonly SortedDictionary<long, T> _items = new();
    private readonly long _firstId;
    private long _nextId;

    public EntityStore(long firstId) => _firstId = _nextId = firstId;

    public IEnumerable<T> Values => _items.Values;

    /// <summary>Adds <paramref name="item"/>, assigning the next id when its id is 0.</summary>
    public T Add(T item)
    {
        item.Id = item.Id == 0 ? _nextId : item.Id;
        _nextId = Math.Max(_nextId, item.Id + 1);
        return _items[item.Id] = item;
    }

    public T? Find(long id) => _items.TryGetValue(id, out var item) ? item : null;

    public bool Remove(long id) => _items.Remove(id);

    public void Clear()
    {
        _items.Clear();
        _nextId = _firstId;
    }
}
