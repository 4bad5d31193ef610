import Glibc

/// Reading files whole, without Foundation (which trusts the size that files in /proc do not
/// report).
enum Files {
    /// The bytes of the file at `path`, read to its end.
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw SpawnError("cannot open \(path)", errno) }
        defer { fclose(file) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count == 0 { break }
            contents += chunk[0..<count]
        }
        return contents
    }

    /// The text of the file at `path` (invalid UTF-8 repaired); empty when it cannot be read.
    static func text(_ path: String) -> String {
        String(decoding: (try? bytes(path)) ?? [], as: UTF8.self)
    }
}
