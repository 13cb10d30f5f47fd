// Annotates one string in process and prints its sentences, entities and relations.
import Pipeline
import Stages

#if canImport(Glibc)
    import Glibc
#endif

let text = """
    Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Mevlut Cavusoglu in Antalya on \
    Thursday. The talks, hosted by Turkey, lasted two hours.
    """

do {
    let pipeline = try Pipeline.standard()
    let document = try pipeline.annotate(text: text, id: "example", dct: "2022-03-10")

    print("\(document.sentences.count) sentences, \(document.entities.count) entities, \(document.relations.count) relations")
    for entity in document.entities {
        var line = "\(entity.id)\t\(entity.label)\t[\(entity.start), \(entity.end))\t\(entity.text)"
        if let timex = entity.timex { line += "\t\(timex.type.rawValue) \(timex.value)" }
        print(line)
    }
    for relation in document.relations {
        let head = document.entity(id: relation.head)?.text ?? relation.head
        let tail = document.entity(id: relation.tail)?.text ?? relation.tail
        print("\(relation.type)\t\(head) -> \(tail)")
    }
} catch {
    print("cannot annotate: \(error)")
    exit(1)
}
