//! The entries of a PHP array, borrowed in place (PHP's `ZEND_HASH_FOREACH`):
//! no key copies and no engine call per entry, unlike ext-php-rs's
//! iterator, which copies every key into a zval and a `String`. Converting
//! a constructor's array is on the path of every request's first call.

use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};

/// `HASH_FLAG_PACKED` (Zend/zend_hash.h of PHP 8.2 and 8.4): the table is a
/// plain `zval` list (`arPacked`, keys are positions) rather than buckets.
const HASH_FLAG_PACKED: u32 = 1 << 2;

/// A key, as the engine stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    Index(i64),
    Str(&'a [u8]),
}

/// The live entries of an array, in order.
pub struct Entries<'a> {
    ht: &'a ZendHashTable,
    next: usize,
    used: usize,
    packed: bool,
}

/// Borrows `ht`'s entries; `ht` must not change while they are walked
/// (the callers run no PHP code meanwhile).
pub fn entries(ht: &ZendHashTable) -> Entries<'_> {
    // SAFETY: reading the flags word of a live array.
    let packed = unsafe { ht.u.flags } & HASH_FLAG_PACKED != 0;
    Entries {
        ht,
        next: 0,
        used: ht.nNumUsed as usize,
        packed,
    }
}

impl<'a> Iterator for Entries<'a> {
    type Item = (Key<'a>, &'a Zval);

    fn next(&mut self) -> Option<Self::Item> {
        while self.next < self.used {
            let i = self.next;
            self.next += 1;
            // SAFETY: `i < nNumUsed`, so slot `i` of the data part exists:
            // a zval in a packed table, else a bucket (value, hash, key or
            // null for an integer key). Deleted slots are IS_UNDEF.
            unsafe {
                let (key, zv) = if self.packed {
                    let zv = &*self.ht.__bindgen_anon_1.arPacked.add(i);
                    (Key::Index(i as i64), zv)
                } else {
                    let b = &*self.ht.__bindgen_anon_1.arData.add(i);
                    let key = if b.key.is_null() {
                        Key::Index(b.h as i64)
                    } else {
                        Key::Str((*b.key.cast::<ZendStr>()).as_bytes())
                    };
                    (key, &b.val)
                };
                if !matches!(zv.get_type(), ext_php_rs::flags::DataType::Undef) {
                    return Some((key, zv));
                }
            }
        }
        None
    }
}
