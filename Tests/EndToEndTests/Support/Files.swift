import Glibc

/// The whole content of the file at `path`.
func fileBytes(_ path: String) throws -> [UInt8] {
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
