/// Reading a whole small JSON document (a theme, the settings) with a `JSONDecodingContext`:
/// an empty file, broken syntax, a duplicate key or text after the value stop with one problem;
/// otherwise every problem the reader recorded comes back at once, each with its line and column.
public enum JSONDocument {
    /// Reads `bytes` with `read`; `file` names the file and `kind` what it holds ("theme") in
    /// messages. Returns what `read` made when no problem was recorded.
    public static func decode<Value>(
        _ bytes: [UInt8], file: String, kind: String,
        _ read: (inout JSONReader, JSONDecodingContext) throws -> Value?
    ) throws(JSONFileError) -> Value {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw JSONFileError(file: file, message: "the file is empty; expected a \(kind) object")
        }
        let decoding = JSONDecodingContext()
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<Value?, JSONFileError> in
            var reader = JSONReader(bytes: buffer)
            let value: Value?
            do {
                value = try read(&reader, decoding)
                if !reader.isAtEnd() {
                    throw JSONSyntaxError(offset: reader.offset, message: "expected the end of the file after the \(kind), found \(reader.describeNext())")
                }
            } catch let error as JSONSyntaxError {
                let (line, column) = reader.location(of: error.offset)
                return .failure(JSONFileError(file: file, problems: [JSONProblem(path: decoding.currentPath, message: "invalid JSON: \(error.message)",
                                                                                 line: line, column: column)]))
            } catch {
                return .failure(JSONFileError(file: file, message: "unreadable: \(error)"))
            }
            let problems = decoding.problems.map { entry in
                var problem = entry.problem
                if let offset = entry.offset {
                    (problem.line, problem.column) = reader.location(of: offset)
                }
                return problem
            }
            return problems.isEmpty ? .success(value) : .failure(JSONFileError(file: file, problems: problems))
        }
        guard let value = try result.get() else { throw JSONFileError(file: file, message: "expected a \(kind) object") }
        return value
    }
}
