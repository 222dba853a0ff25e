//! Query strings into the engine's specs (serde), strictly: the names are the spec's own
//! fields (the command line's long flags), each given at most once unless it is a list,
//! every value parsed as its field's type. Errors name the parameter and never repeat a
//! value (a client could paste a secret anywhere).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::ApiError;
use super::params;

/// The spellings a boolean takes; a bare name (`?no-symbols`) is true.
pub(crate) const BOOLEANS: &str = "true, false, 1, 0, yes, no, on, off (a bare name is true)";

/// Deserializes `T` from decoded `name=value` pairs (from [`params::parse`]).
pub(crate) fn from_pairs<T: de::DeserializeOwned>(
    pairs: &[(String, String)],
) -> Result<T, ApiError> {
    let fields = fields_of::<T>();
    let mut groups: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for (name, value) in pairs {
        let Some(&field) = fields.iter().find(|f| **f == name.as_str()) else {
            return Err(params::unknown(name, fields));
        };
        match groups.iter_mut().find(|(f, _)| *f == field) {
            Some((_, values)) => values.push(value),
            None => groups.push((field, vec![value])),
        }
    }
    T::deserialize(Query { groups }).map_err(|e| ApiError::bad_request(e.0.into_owned()))
}

/// The field names of a struct that derives `Deserialize` (serde's derive passes them to
/// `deserialize_struct`, as `'static` strings).
pub(crate) fn fields_of<T: de::DeserializeOwned>() -> &'static [&'static str] {
    struct Probe<'c>(&'c std::cell::Cell<&'static [&'static str]>);
    impl<'de, 'c> Deserializer<'de> for Probe<'c> {
        type Error = Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(Error(Cow::Borrowed("not a struct")))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0.set(fields);
            Err(Error(Cow::Borrowed("probed")))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let fields = std::cell::Cell::new(&[][..]);
    let _ = T::deserialize(Probe(&fields));
    fields.get()
}

/// A query's error: a message for the client.
#[derive(Debug)]
pub(crate) struct Error(Cow<'static, str>);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(Cow::Owned(msg.to_string()))
    }
}

/// The whole query: a map of fields to their values.
struct Query<'a> {
    groups: Vec<(&'static str, Vec<&'a str>)>,
}

impl<'de, 'a> Deserializer<'de> for Query<'a> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(Fields {
            groups: self.groups.into_iter(),
            next: None,
        })
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

struct Fields<'a> {
    groups: std::vec::IntoIter<(&'static str, Vec<&'a str>)>,
    next: Option<(&'static str, Vec<&'a str>)>,
}

impl<'de, 'a> MapAccess<'de> for Fields<'a> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((name, values)) = self.groups.next() else {
            return Ok(None);
        };
        self.next = Some((name, values));
        seed.deserialize(text(name)).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (name, values) = self.next.take().ok_or(Error(Cow::Borrowed("no value")))?;
        seed.deserialize(Value { name, values })
    }
}

/// One parameter's values (one, unless a list repeats the name).
struct Value<'a> {
    name: &'static str,
    values: Vec<&'a str>,
}

impl<'a> Value<'a> {
    fn error(&self, what: &str) -> Error {
        Error(Cow::Owned(format!("parameter `{}` {what}", self.name)))
    }

    fn one(&self) -> Result<&'a str, Error> {
        match self.values.as_slice() {
            [one] => Ok(one),
            _ => Err(self.error("is given more than once")),
        }
    }

    fn number<T: std::str::FromStr>(&self) -> Result<T, Error> {
        self.one()?
            .parse()
            .map_err(|_| self.error("must be a whole number in range"))
    }
}

impl<'de, 'a> Deserializer<'de> for Value<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.values.len() > 1 {
            return self.deserialize_seq(visitor);
        }
        visitor.visit_str(self.one()?)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let on = match self.one()?.to_ascii_lowercase().as_str() {
            "" | "true" | "1" | "yes" | "on" => true,
            "false" | "0" | "no" | "off" => false,
            _ => return Err(self.error(&format!("must be a boolean: {BOOLEANS}"))),
        };
        visitor.visit_bool(on)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u8(self.number()?)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u16(self.number()?)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u32(self.number()?)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u64(self.number()?)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_i64(self.number()?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let name = self.name;
        visitor.visit_seq(Items {
            name,
            values: self.values.into_iter(),
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let value = self.one()?;
        if !variants.contains(&value) {
            return Err(self.error(&format!("must be one of {}", variants.join(", "))));
        }
        visitor.visit_enum(text(value))
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u128 f32 f64 char str string bytes byte_buf unit unit_struct tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// The values of a repeated parameter.
struct Items<'a> {
    name: &'static str,
    values: std::vec::IntoIter<&'a str>,
}

impl<'de, 'a> SeqAccess<'de> for Items<'a> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.values.next() {
            Some(v) => seed
                .deserialize(Value {
                    name: self.name,
                    values: vec![v],
                })
                .map(Some),
            None => Ok(None),
        }
    }
}

/// What a parameter's type is, found by deserializing it alone and watching which method
/// its type calls: the OpenAPI document describes each parameter from the spec itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Boolean,
    Integer,
    Text,
    List,
    OneOf(&'static [&'static str]),
}

/// Each field of `T` with its [`Shape`].
pub(crate) fn shapes_of<T: de::DeserializeOwned>() -> Vec<(&'static str, Shape)> {
    fields_of::<T>()
        .iter()
        .map(|&field| {
            let seen = std::cell::Cell::new(None);
            let query = Shaped { field, seen: &seen };
            let _ = T::deserialize(query);
            (field, seen.get().unwrap_or(Shape::Text))
        })
        .collect()
}

/// A query of one field whose value records the first type asked of it.
struct Shaped<'s> {
    field: &'static str,
    seen: &'s std::cell::Cell<Option<Shape>>,
}

impl<'de, 's> Deserializer<'de> for Shaped<'s> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        struct One<'s> {
            field: Option<&'static str>,
            seen: &'s std::cell::Cell<Option<Shape>>,
        }
        impl<'de, 's> MapAccess<'de> for One<'s> {
            type Error = Error;
            fn next_key_seed<K: DeserializeSeed<'de>>(
                &mut self,
                seed: K,
            ) -> Result<Option<K::Value>, Error> {
                match self.field {
                    Some(f) => seed.deserialize(text(f)).map(Some),
                    None => Ok(None),
                }
            }
            fn next_value_seed<V: DeserializeSeed<'de>>(
                &mut self,
                seed: V,
            ) -> Result<V::Value, Error> {
                self.field = None;
                seed.deserialize(Watch(self.seen))
            }
        }
        visitor.visit_map(One {
            field: Some(self.field),
            seen: self.seen,
        })
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// Records the type asked for, then refuses (the probe needs nothing more).
struct Watch<'s>(&'s std::cell::Cell<Option<Shape>>);

impl Watch<'_> {
    fn saw<T>(self, shape: Shape) -> Result<T, Error> {
        if self.0.get().is_none() {
            self.0.set(Some(shape));
        }
        Err(Error(Cow::Borrowed("probe")))
    }
}

impl<'de, 's> Deserializer<'de> for Watch<'s> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Text)
    }
    fn deserialize_bool<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Boolean)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Integer)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Integer)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Integer)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::Integer)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        self.saw(Shape::List)
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        self.saw(Shape::OneOf(variants))
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }
    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 f32 f64 char str string bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct map struct identifier ignored_any
    }
}

/// A name or value as a deserializer of strings (keys, enum variants).
fn text(s: &str) -> de::value::StrDeserializer<'_, Error> {
    de::value::StrDeserializer::new(s)
}
