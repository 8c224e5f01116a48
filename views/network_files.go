package views

import (
	"encoding/xml"
	"io"
	"net/http"
	"strconv"

	"hotline/db"
)

// GEXF 1.2 (Gephi's format; networkx, Cytoscape and igraph read it too) and GraphML, both
// written through encoding/xml so every name is escaped. Node ids are actor ids, edges
// are undirected and weighted by the contacts two actors shared.

type gexfDoc struct {
	XMLName xml.Name  `xml:"gexf"`
	XMLNS   string    `xml:"xmlns,attr"`
	VizNS   string    `xml:"xmlns:viz,attr"`
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	EdgeType string      `xml:"defaultedgetype,attr"`
	Mode     string      `xml:"mode,attr"`
	Attrs    []gexfAttrs `xml:"attributes"`
	Nodes    []gexfNode  `xml:"nodes>node"`
	Edges    []gexfEdge  `xml:"edges>edge"`
}

type gexfAttrs struct {
	Class string     `xml:"class,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
	Size   gexfSize    `xml:"viz:size"`
}

type gexfSize struct {
	Value string `xml:"value,attr"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Weight int         `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// writeGEXF writes the network as a GEXF 1.2 file for Gephi.
func writeGEXF(w http.ResponseWriter, n *db.Network, name string) error {
	doc := gexfDoc{
		XMLNS: "http://www.gexf.net/1.2draft", VizNS: "http://www.gexf.net/1.2draft/viz", Version: "1.2",
		Meta: gexfMeta{Creator: "Hotline", Description: "who talks to whom in " + name + ": actors and the contacts they shared"},
		Graph: gexfGraph{EdgeType: "undirected", Mode: "static", Attrs: []gexfAttrs{
			{Class: "node", Attrs: []gexfAttr{{"kind", "kind", "string"}, {"role", "role", "string"}, {"country", "country", "string"}, {"contacts", "contacts", "integer"}}},
			{Class: "edge", Attrs: []gexfAttr{{"phone", "phone", "integer"}, {"video", "video", "integer"}, {"meeting", "meeting", "integer"}, {"unspecified", "unspecified", "integer"}}},
		}},
	}
	for _, nd := range n.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{
			ID: strconv.FormatInt(nd.ID, 10), Label: nd.Name, Size: gexfSize{Value: strconv.Itoa(nd.Contacts)},
			Values: []gexfValue{{"kind", nd.Kind}, {"role", nd.Role}, {"country", nd.Country}, {"contacts", strconv.Itoa(nd.Contacts)}},
		})
	}
	for i, e := range n.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gexfEdge{
			ID: strconv.Itoa(i), Source: strconv.FormatInt(e.Source, 10), Target: strconv.FormatInt(e.Target, 10), Weight: e.Contacts,
			Values: []gexfValue{{"phone", strconv.Itoa(e.Phone)}, {"video", strconv.Itoa(e.Video)}, {"meeting", strconv.Itoa(e.Meeting)}, {"unspecified", strconv.Itoa(e.Other)}},
		})
	}
	return writeXML(w, "application/gexf+xml", "network.gexf", doc)
}

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlItem `xml:"node"`
	Edges       []graphmlItem `xml:"edge"`
}

type graphmlItem struct {
	ID     string        `xml:"id,attr,omitempty"`
	Source string        `xml:"source,attr,omitempty"`
	Target string        `xml:"target,attr,omitempty"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// writeGraphML writes the network as GraphML, which Cytoscape, yEd, networkx and igraph read.
func writeGraphML(w http.ResponseWriter, n *db.Network) error {
	doc := graphmlDoc{
		XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []graphmlKey{
			{"name", "node", "name", "string"}, {"kind", "node", "kind", "string"}, {"role", "node", "role", "string"},
			{"country", "node", "country", "string"}, {"contacts", "node", "contacts", "int"},
			{"weight", "edge", "weight", "int"}, {"phone", "edge", "phone", "int"}, {"video", "edge", "video", "int"},
			{"meeting", "edge", "meeting", "int"}, {"unspecified", "edge", "unspecified", "int"},
		},
		Graph: graphmlGraph{ID: "contacts", EdgeDefault: "undirected"},
	}
	for _, nd := range n.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlItem{ID: "a" + strconv.FormatInt(nd.ID, 10), Data: []graphmlData{
			{"name", nd.Name}, {"kind", nd.Kind}, {"role", nd.Role}, {"country", nd.Country}, {"contacts", strconv.Itoa(nd.Contacts)},
		}})
	}
	for _, e := range n.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlItem{
			Source: "a" + strconv.FormatInt(e.Source, 10), Target: "a" + strconv.FormatInt(e.Target, 10), Data: []graphmlData{
				{"weight", strconv.Itoa(e.Contacts)}, {"phone", strconv.Itoa(e.Phone)}, {"video", strconv.Itoa(e.Video)},
				{"meeting", strconv.Itoa(e.Meeting)}, {"unspecified", strconv.Itoa(e.Other)},
			}})
	}
	return writeXML(w, "application/graphml+xml", "network.graphml", doc)
}

// writeXML encodes doc fully before writing, so a failure is still a clean error page.
func writeXML(w http.ResponseWriter, contentType, filename string, doc any) error {
	data, err := xml.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", contentType+"; charset=utf-8")
	if filename != "" {
		h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
