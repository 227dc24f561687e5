package boltstore

import (
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// FuzzImage changes one record of a real image (its header, or the first record of documents, entities or
// relations) to any bytes: decoding it must either fail, and Open then merges the layers, or give a graph;
// never panic nor allocate for counts the records cannot hold, nor later when the evidence it left to decode
// on first use is read. A record given unchanged decodes to the graph that wrote it.
func FuzzImage(f *testing.F) {
	path := filepath.Join(f.TempDir(), "fuzz.db")
	s, err := Open(path, NoSync())
	if err != nil {
		f.Fatal(err)
	}
	if _, err := s.Ingest(f.Context(), synthetic.New(synthetic.Config{Relations: 300, Seed: 3}).All()...); err != nil {
		f.Fatal(err)
	}
	want := s.settled().st.stats
	if err := s.Close(); err != nil {
		f.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		f.Fatal(err)
	}
	image := map[string][]byte{}
	docs := map[string]*graph.Document{}
	err = db.View(func(tx *bolt.Tx) error {
		if err := tx.Bucket(imageBucket).ForEach(func(k, v []byte) error {
			image[string(k)] = append([]byte{}, v...)
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(documentsBucket).ForEach(func(k, v []byte) error {
			d, err := decodeDocument(v)
			docs[d.ID] = &d
			return err
		})
	})
	db.Close()
	if err != nil {
		f.Fatal(err)
	}
	keys := []string{"h", string(imageChunkKey('d', 0)), string(imageChunkKey('e', 0)), string(imageChunkKey('r', 0))}
	for i, k := range keys {
		f.Add(uint8(i), image[k])
		f.Add(uint8(i), image[k][:len(image[k])/2])
	}
	f.Add(uint8(0), []byte{imageRecord, 0x80, 0x80, 0x80, 0x80, 0x08, 0xff, 0xff, 0xff, 0x07, 1, 1})
	f.Fuzz(func(t *testing.T, which uint8, record []byte) {
		key := keys[int(which)%len(keys)]
		get := func(k []byte) []byte {
			if string(k) == key {
				return record
			}
			return image[string(k)]
		}
		st, err := decodeImage(get, docs)
		if err != nil {
			return
		}
		if string(record) == string(image[key]) && !reflect.DeepEqual(st.stats, want) {
			t.Errorf("the image unchanged decodes to %+v, want %+v", st.stats, want)
		}
		// Open checked every piece of evidence: decoding it on first use cannot fail.
		evidence, relations := 0, 0
		for rs := range st.allRelations() {
			evidence += len(st.relation(rs).Evidence)
			relations++
		}
		if evidence != st.stats.Evidence {
			t.Errorf("decoded %d pieces of evidence; the image's count says %d", evidence, st.stats.Evidence)
		}
		if len(st.entities) != st.stats.Entities || relations != st.stats.Relations || len(st.docs) != st.stats.Documents {
			t.Errorf("decoded %d entities, %d relations, %d documents; its counts say %+v", len(st.entities), relations, len(st.docs), st.stats)
		}
	})
}
